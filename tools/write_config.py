"""Write config.yaml from the settings table (run after adding or changing a setting).

    python tools/write_config.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.config import render_yaml  # noqa: E402  (after the path tweak)

(ROOT / "config.yaml").write_text(render_yaml(), encoding="utf-8")
print(f"wrote {ROOT / 'config.yaml'}")
