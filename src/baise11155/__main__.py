"""`python -m baise11155` runs the command line.

`python -m` puts the current folder first on the import path, so a `click.py` or `yaml.py`
lying in the folder where a user runs the tool would be imported, and run, in place of the
library. The folder is taken off the path before anything else is imported (Python 3.11's
`-P` does the same; this covers every way of starting it).
"""

import os
import sys

if not getattr(sys.flags, "safe_path", False) and sys.path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from .cli import main  # noqa: E402

if __name__ == "__main__":
    main()
