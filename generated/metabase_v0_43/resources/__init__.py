"""One module per namespace of the Metabase 0.43 API."""
