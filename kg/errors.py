"""One catalogue of the error and warning messages kg emits.

Every message has a code so users can search for it, and says how to fix the
problem where that is possible::

    raise KGError(Errors.E003.format(path=path, reason=...))
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    """Prefix each message with its code: ``Errors.E001`` → ``"[E001] …"``."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # reading input
    E001 = "{path}: no such file or directory."
    E002 = "{path}: file is empty."
    E003 = "{path}: cannot decode text ({reason}). Convert it to UTF-8, GB18030 or Big5."
    E004 = "{path}: looks like a binary file ({reason}), not a text/HTML/JSONL article."
    E005 = "{path}:{line}: malformed JSONL line ({reason})."
    E006 = "{path}:{line}: JSONL record has no non-empty 'text' field."
    E007 = "{path}: HTML has no extractable article text ({reason})."
    E008 = "{path}: cannot read file ({reason})."
    E009 = "{path}: article has no text after removing site furniture."
    E010 = "{path}: unsupported file type '{suffix}'; use .txt, .html/.htm or .jsonl."
    E011 = "{path}: symlink loop or repeated directory; skipped."
    E012 = "{path}: file is larger than the limit of {limit} bytes."
    # writing output
    E020 = "Cannot write {path}: {reason}. Nothing under the final name was changed."
    # pipeline / models
    E030 = "Unknown segmenter '{name}'. Choose one of: {choices}."
    E031 = ("The pkuseg model is not installed at {path}. Run `python scripts/fetch_pkuseg_model.py` "
            "(it takes the model from the `pkuseg` source distribution on the package index), "
            "or use segmenter = \"char\".")
    E032 = "Cannot load the pipeline from {path}: {reason}."
    E033 = ("No trained ner model at {path}; the pipeline runs without `ner` (rules only). "
            "Train it with `python scripts/train_ner.py` or pass ner_model=PATH.")
    E040 = "Optional dependency '{package}' is needed for {feature}. Install it with: pip install '{hint}'"
    # trained ner component (scripts/train_ner.py, kg/pipeline/ner_model)
    E070 = ("Training data not found: {path}. Point --data at the folder that holds cluener2020/, "
            "resume_ner/ and zh_news_ner/ (../shared/datasets).")
    E071 = "{path}:{line}: cannot parse NER training record ({reason})."
    E072 = ("No training examples were converted from {path}; check the folder layout against "
            "its SOURCE.md.")
    E073 = ("Training produced no checkpoint (no evaluation ran). Raise --max-steps/--max-minutes "
            "above the first evaluation step ({eval_frequency}).")
    E074 = ("The trained ner model is not installed at {path}. Run `python scripts/train_ner.py` "
            "to train it (about 30 minutes on 2 cores).")
    # query / store
    E050 = "{path} holds no kg build output (missing {missing}). Run `kg build INPUT -o {path}` first."
    E051 = "Unknown named query '{name}'. Available: {choices}."
    E052 = "Missing query parameter '{param}' for query '{name}'."
    E053 = "Query failed: {reason}"
    E054 = "Cannot load {path} into the store: {reason}. Rebuild the graph with `kg build`."
    E055 = ("The result has more than {limit} rows or triples; add a LIMIT to the query or raise the limit "
            "(--max-results).")
    E056 = "Refused: {what}."
    E057 = "Bad parameter '{param}' for query '{name}': {reason}."
    E058 = ("Query stopped after {seconds} s (time limit); narrow it down (LIMIT, more specific patterns) "
            "or raise --timeout.")
    E059 = "kg push to {endpoint} failed: {reason}"
    # evaluation
    E060 = "{path}:{line}: bad gold record ({reason})."
    E061 = "{path}: no gold file here. Give a JSONL file in the format of data/gold/README.md."
    E062 = ("{path} holds no per-article predictions (missing {missing}). Run `kg build INPUT -o {path}` "
            "first, or evaluate over the pipeline by leaving out --pred.")
    E063 = "{path}:{line}: malformed prediction record ({reason})."
    # ontology / RDF output (kg.iri, kg.ontology, kg.rdf)
    E080 = ("Bad base IRI '{base}': it must be an absolute IRI ending in '/' or '#', without spaces, "
            "quotes or <>{{}}|\\^` (e.g. https://kg.example.org/id/).")
    E081 = "Unknown entity kind '{kind}'. Choose one of: {choices}."
    E082 = "Unknown fact predicate '{predicate}' (fact {subject} → {obj}). Known predicates: {choices}."
    E083 = "Unknown RDF output format '{name}'. Choose from: {choices}."
    E084 = ("Cannot tell the kind of entity key '{key}': it is not among the resolved entities and its "
            "prefix is not one of {choices}.")
    E085 = "Ontology file {path} not found; it ships in the ontology/ folder of the kg source tree (wheels: <prefix>/share/kg/ontology)."
    E086 = "Refusing to write unsafe IRI {iri!r}: mint IRIs with kg.iri.mint_iri or kg.iri.safe_iri."
    E087 = "Cannot read N-Quads part {path}:{line}: {reason}"

    # views (kg.viz, kg view)
    E100 = ("{path} holds no graph to draw (missing graph.ttl). Run `kg build INPUT -o {path}` first, "
            "or pass a .ttl/.nt/.jsonld file.")
    E101 = "Cannot read the graph {path}: {reason}"
    E102 = "No {what} labelled '{label}' in the graph.{hint}"
    E103 = "'{label}' is a {kind}, not a {expected}. Use --focus '{label}' for an ego view instead."
    E104 = "Choose at most one of --focus, --region, --campaign and --query (got {given})."
    E105 = "Cannot read the query file {path}: {reason}"
    E106 = "{path}: the query cannot be drawn ({reason}). Use a SELECT or CONSTRUCT query."
    E107 = "Bad view option {name}={value!r}: {reason}"
    E108 = ("The vis-network library was not found at {path}; it ships inside the pyvis wheel. "
            "Reinstall it with: pip install --force-reinstall 'pyvis>=0.3.2,<0.4'")

    E111 = ("{path}: article of {length} characters is longer than the pipeline's limit of {limit}; "
            "split it into parts, or raise nlp.max_length (memory grows with the length).")


class Warnings(metaclass=ErrorsWithCodes):
    W060 = "No prediction for gold article {id} ({title}); all its gold items count as missed."
    W001 = "{path}: encoding detected as {encoding} with low confidence; check the text."
    W002 = "Region name '{name}' is ambiguous ({candidates}); left unlinked."
    W003 = "{path}: no date found in the article header."
    W080 = "Fact '{predicate}' {subject} → {obj!r}: literal value where an entity is expected; skipped."
    W081 = "Value {value!r} of {what} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); written as a plain string."
    W082 = ("Fact '{predicate}' {subject} → {obj} has no evidence, so no statement node records its date "
            "and source; the graph will fail SHACL validation.")
    # reader: declared vs detected charset (hardening)
    W110 = ("{path}: the page declares charset {declared} but its bytes are {encoding}; read as {encoding}. "
            "Check the text, and fix the <meta charset> of the source if you control it.")


class KGError(Exception):
    """Base class of the errors kg raises on purpose."""


class InputError(KGError):
    """A single input (file or JSONL line) cannot be turned into an article."""

    def __init__(self, message: str, path: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
