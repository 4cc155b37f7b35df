"""One module per namespace of the Metabase 0.32.2 API."""
