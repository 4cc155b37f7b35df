"""One module per namespace of the Metabase 1 API."""
