"""Write config.yaml and the README's table of settings from the settings' fields in
newsdigest/config.py (run after adding or changing a setting).

    python tools/write_config.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.config import (  # noqa: E402  (after the path tweak)
    README_END,
    README_START,
    render_markdown,
    render_yaml,
)

(ROOT / "config.yaml").write_text(render_yaml(), encoding="utf-8")
readme = ROOT / "README.md"
text = readme.read_text(encoding="utf-8")
start, end = text.index(README_START), text.index(README_END) + len(README_END)
readme.write_text(text[:start] + render_markdown() + text[end:], encoding="utf-8")
print(f"wrote {ROOT / 'config.yaml'} and the settings table in {readme}")
