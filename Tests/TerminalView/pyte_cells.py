"""Feeds rendered rows to pyte, a terminal emulator, and says where each cell landed.

Input (the JSON file named by argv[1]): {"width": W, "rows": [[cell text, ...], ...]}, each row the texts
of a Grid row's cells in order (continuation cells left out). Each row is drawn, as UTF-8 bytes, on a
fresh pyte screen wider than W, so an overflow shows. Output (stdout, JSON): per row, "after": the cursor
column after each cell's bytes, and "cells": the text pyte holds in each of its columns.
"""
import json
import sys

import pyte

request = json.load(open(sys.argv[1], encoding="utf-8"))
answer = []
for row in request["rows"]:
    screen = pyte.Screen(request["width"] + 16, 1)
    stream = pyte.ByteStream(screen)
    after = []
    for text in row:
        stream.feed(text.encode("utf-8"))
        after.append(screen.cursor.x)
    cells = [screen.buffer[0][x].data for x in range(screen.columns)]
    answer.append({"after": after, "cells": cells})
json.dump(answer, sys.stdout)
