"""The HTML report: `model` folds records into what the report shows, `html` draws it (with `svg` charts)."""
