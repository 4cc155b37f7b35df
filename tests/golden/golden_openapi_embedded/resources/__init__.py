"""One module per namespace of the Metabase 9.1 API."""
