"""Paths of files shipped in resources/ (fonts, templates, translations, icons)."""
from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
CJK_FONT_PATH = RESOURCES_DIR / "fonts" / "WenQuanYiMicroHei.ttf"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
CATALOGUE_PATH = RESOURCES_DIR / "templates" / "catalogue.json"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICONS_DIR = RESOURCES_DIR / "icons"
