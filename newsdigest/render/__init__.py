"""Output: ``records`` turns results into plain data (dicts and rows) and text for machines
(JSON, JSON Lines, CSV, TSV, Markdown); ``tables`` turns them into Rich renderables for people.
Renderers return values; only the CLI writes them."""
