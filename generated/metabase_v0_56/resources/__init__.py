"""One module per namespace of the Metabase 0.56 API."""
