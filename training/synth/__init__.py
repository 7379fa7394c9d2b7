"""Generator of annotated marketing-Dutch sentences (CoNLL-U) for the spaCy pipeline."""
