#!/usr/bin/python3
"""Reads a PDF with pikepdf (an independent PDF library, on qpdf) and prints
what makes it accessible, as JSON, for the Rust tests to check:
the document title and language, whether it is marked as tagged, the
PDF/UA part it claims, whether every font is embedded, and the structure
tree in reading order (type, title, alternative text, header scope,
children; "mcid" for a piece of page content).

Usage: inspect.py FILE.pdf
"""
import json
import sys

import pikepdf


def text(value):
    return None if value is None else str(value)


def scope(node):
    attributes = node.get("/A")
    if attributes is None:
        return None
    if isinstance(attributes, pikepdf.Dictionary):
        attributes = [attributes]
    for a in attributes:
        if isinstance(a, pikepdf.Dictionary) and "/Scope" in a:
            return str(a["/Scope"])[1:]
    return None


def element(node, depth=0):
    if isinstance(node, int) or (not isinstance(node, pikepdf.Dictionary)):
        return {"type": "mcid"}
    if node.get("/Type") == "/MCR" or "/MCID" in node and "/S" not in node:
        return {"type": "mcid"}
    kind = str(node.get("/S", "?"))[1:]
    kids = node.get("/K")
    if kids is None:
        children = []
    elif isinstance(kids, pikepdf.Array):
        children = [element(k, depth + 1) for k in kids]
    else:
        children = [element(kids, depth + 1)]
    out = {"type": kind, "children": children}
    for key, name in (("/T", "title"), ("/Alt", "alt"), ("/ActualText", "actual"), ("/Lang", "lang")):
        if key in node:
            out[name] = text(node[key])
    s = scope(node)
    if s:
        out["scope"] = s
    return out


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    info = pdf.docinfo
    fonts = []
    for page in pdf.pages:
        resources = page.obj.get("/Resources", {})
        for name, font in resources.get("/Font", {}).items():
            descendants = font.get("/DescendantFonts")
            target = descendants[0] if descendants is not None else font
            descriptor = target.get("/FontDescriptor", {})
            fonts.append({
                "name": str(font.get("/BaseFont")),
                "embedded": any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")),
            })
    with pdf.open_metadata() as meta:
        ua_part = meta.get("{http://www.aiim.org/pdfua/ns/id/}part")
    tree = root.get("/StructTreeRoot")
    kids = tree.get("/K") if tree is not None else None
    if kids is None:
        structure = []
    elif isinstance(kids, pikepdf.Array):
        structure = [element(k) for k in kids]
    else:
        structure = [element(kids)]
    print(json.dumps({
        "title": text(info.get("/Title")),
        "lang": text(root.get("/Lang")),
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
        "displayDocTitle": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
        "uaPart": ua_part,
        "pages": len(pdf.pages),
        "fonts": fonts,
        "outline": [str(item.title) for item in pdf.open_outline().root],
        "structure": structure,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
