"""Dutch language helpers: the packaged spaCy pipeline, verb forms, articles, syllables."""
