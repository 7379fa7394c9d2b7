"""dreamcontent: a Dutch content assistant for marketers and copywriters.

The shape of the package, in one direction:
YAML (``model``) -> typed objects -> ``generate`` -> lint gate (``lint``) -> ``export``.
The CLI (``cli``) and the web page (``web``) are thin layers over this Python API.
"""

__version__ = "0.8.0"
