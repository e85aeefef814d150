"""Stories (``cluster``) against gold events: ``python -m newsdigest.eval stories FILE`` is
``python -m newsdigest.cluster.evaluate FILE`` (B-cubed and pairwise scores cross-validated by
topic, per fold, with the TF-IDF + average linkage baseline)."""

from __future__ import annotations

from ..cluster.evaluate import main

__all__ = ["main"]
