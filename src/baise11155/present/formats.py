"""The output formats --format offers. Imports nothing, so that `--help` stays cheap."""

# tabulate's formats offered by --format (its own "tsv" is replaced by ours, which quotes
# properly; "unsafehtml" is left out on purpose). A test checks each is known to tabulate.
TABULATE_FORMATS = (
    "plain", "simple", "github", "grid", "simple_grid", "rounded_grid", "heavy_grid", "mixed_grid",
    "double_grid", "fancy_grid", "outline", "simple_outline", "rounded_outline", "heavy_outline",
    "mixed_outline", "double_outline", "fancy_outline", "pipe", "orgtbl", "asciidoc", "jira", "presto",
    "pretty", "psql", "rst", "mediawiki", "moinmoin", "youtrack", "html", "latex", "latex_raw",
    "latex_booktabs", "latex_longtable", "textile",
)
ALIASES = {"markdown": "pipe", "md": "pipe"}
FORMATS = ("table", *TABULATE_FORMATS, *ALIASES, "csv", "tsv", "json", "xlsx")
BINARY_FORMATS = ("xlsx",)  # written only to a file (--output)
