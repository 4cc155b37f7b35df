"""One module per namespace of the Metabase 0.59 API."""
