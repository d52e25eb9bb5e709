"""Moved to ``registry.i18n.transliteration`` (the message catalogues derive Cyrillic with it, and i18n sits below
the services); kept so code written against this path still imports."""

from registry.i18n.transliteration import DIGRAPH_EXCEPTIONS, has_cyrillic, splits_digraph, to_cyrillic, to_latin

__all__ = ["DIGRAPH_EXCEPTIONS", "has_cyrillic", "splits_digraph", "to_cyrillic", "to_latin"]
