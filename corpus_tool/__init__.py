"""corpus-tool: from international policy instruments to a traceable indicator framework."""
__version__ = "0.4.0"
