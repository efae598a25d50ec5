#!/usr/bin/env python3
"""Writes the small PDFs the PDF tests commit (PyMuPDF): run from anywhere, writes beside itself.

text.pdf       two pages of Chinese text and a small table, the second table row's value set
               2 pt above its label as some producers do
encrypted.pdf  text.pdf's first page, needing a user password
scanned.pdf    three pages that each show only an image (no text layer)
mixed-scan.pdf page 1 text, page 2 only an image, page 3 text
damaged.pdf    a PDF header and trailer around bytes that are no PDF objects
"""
import os
import pymupdf

here = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(here, name)


def text_page(document, lines):
    page = document.new_page(width=595, height=842)
    for x, y, text in lines:
        page.insert_text((x, y), text, fontname="china-s", fontsize=12)
    return page


def image_page(document):
    page = document.new_page(width=595, height=842)
    pixmap = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
    pixmap.clear_with(200)
    page.insert_image(page.rect, pixmap=pixmap)
    return page


FIRST = [
    (72, 90, "上海市普陀区测试局2024年度部门决算"),
    (72, 130, "收入支出决算总表"),
    (72, 160, "项目"), (300, 160, "决算数"),
    (72, 180, "一般公共预算财政拨款收入"), (300, 180, "2,940.05"),
    (72, 200, "其他收入"), (300, 198, "6.20"),
    (72, 220, "本年收入合计"), (300, 220, "2,946.25"),
]
SECOND = [(72, 90, "第二页"), (72, 110, "部门职能：负责本区财政收支管理。")]


def write(name, build, **save):
    document = pymupdf.open()
    build(document)
    document.save(path(name), garbage=4, deflate=True, **save)


write("text.pdf", lambda d: (text_page(d, FIRST), text_page(d, SECOND)))
write("encrypted.pdf", lambda d: text_page(d, FIRST),
      encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
write("scanned.pdf", lambda d: [image_page(d) for _ in range(3)])
write("mixed-scan.pdf", lambda d: (text_page(d, FIRST), image_page(d), text_page(d, SECOND)))

with open(path("damaged.pdf"), "wb") as damaged:
    damaged.write(b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
