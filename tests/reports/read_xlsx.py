#!/usr/bin/env python3
"""Reads an XLSX workbook with openpyxl (an independent reader) and prints it as JSON:
every sheet in order, its frozen cell, its column widths, and each row's cells as
[type, value] with type "n" for numbers, "s" for text, "d" for dates, "" for empty."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in book.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for cell in row:
            v = cell.value
            if v is None:
                cells.append(["", None])
            elif isinstance(v, bool):
                cells.append(["b", v])
            elif isinstance(v, (int, float)):
                cells.append(["n", v])
            elif isinstance(v, (datetime.date, datetime.datetime)):
                cells.append(["d", v.strftime("%Y-%m-%d")])
            else:
                cells.append(["s", str(v)])
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths,
                          "rows": rows})
json.dump(out, sys.stdout, ensure_ascii=False)
