"""One module per namespace of the Metabase 9.2 API."""
