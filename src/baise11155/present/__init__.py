"""Presentation: the words in Chinese and English, tables and documents from results, renderers."""
