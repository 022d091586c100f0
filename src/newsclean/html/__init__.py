"""HTML extraction through trafilatura: page to text and page metadata."""
