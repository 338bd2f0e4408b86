"""HTML/Markdown/CSV/XLSX outputs. Every page is self-contained: opens from disk, no network."""
