"""How should kg_rules combine with the trained ner? Score each policy on the gold sets.

Policies (``[components.kg_rules] model_policy``): ``rules`` ignores the model's
PERSON spans; ``fill`` (default) keeps rule spans and adds model spans where no
rule span overlaps; ``model_first`` prefers the model's PERSON spans. Without a
trained model only the rules are scored.

Usage::

    python bench/bench_model_policy.py [--gold data/gold/demo.jsonl data/gold/xwlb.jsonl]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", nargs="+", type=Path,
                    default=[ROOT / "data" / "gold" / "demo.jsonl", ROOT / "data" / "gold" / "xwlb.jsonl"])
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    import kg
    from kg.evaluate import load_gold, pipeline_predictor, score
    from kg.pipeline import NER_MODEL_DIR
    from kg.types import Article

    policies = ["rules", "fill", "model_first"] if (NER_MODEL_DIR / "config.cfg").exists() else ["rules"]
    for policy in policies:
        exclude = ["kg_relations"] + (["ner"] if policy == "rules" else [])
        nlp = kg.load_pipeline(exclude=exclude, model_policy=policy)
        predict = pipeline_predictor(nlp)
        for gp in args.gold:
            gold = load_gold(gp)
            records = [json.loads(line) for line in open(gp, encoding="utf-8") if line.strip()]
            arts = [Article.from_dict(r) for r in records]
            res = score(gold, [predict(a) for a in arts], str(gp)).to_dict()
            ents = res.get("entities", res)
            figs = " ".join(f"{k}={v['f1']:.3f}" for k, v in ents.items() if isinstance(v, dict) and "f1" in v)
            print(f"policy={policy:<12} {gp.name:<12} {figs}")


if __name__ == "__main__":
    main()
