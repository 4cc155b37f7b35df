"""One module per namespace of the Metabase 0.63.2 API."""
