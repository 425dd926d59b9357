"""Hand-made results for the renderer tests: known rows (Cyrillic names, groups, dates, money,
percents), shaped by the real engine (``reports.engine.shape``) so groups, subtotals, the grand
total and the chart are exactly what a database run would give."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reports.engine import shape
from reports.result import Block, DocumentResult, Header
from reports.spec import Chart, Col, Document, Ratio, Report

MANAGERS = ["Иванов Иван", "Петрова Мария", "Сидоров Пётр"]


def sales_report(chart: str | None = "bar", orientation: str = "auto") -> Report:
    return Report(
        id="test.sales", category="E", title="Продажи по менеджерам — Sales by manager",
        question="Who sold what, and when?", rows=lambda conn, p: [],
        group_by=("manager",), orientation=orientation,
        columns=(Col("manager", "Manager"),
                 Col("client", "Client", width=3),
                 Col("closed", "Closed", "date"),
                 Col("deals", "Deals", "int", total="sum"),
                 Col("amount", "Amount", "money", total="sum", width=1.5),
                 Col("won", "Won", visible=False, fmt="int"),
                 Col("rate", "Win rate", "percent", total=Ratio("won", "deals"))),
        chart=Chart(chart, x="client", y=("amount",), max_points=12) if chart else None,
    )


def sales_rows(n: int) -> list[dict]:
    """``n`` rows spread evenly over the three managers (sorted by manager, as group_by needs)."""
    rows = []
    per = n // len(MANAGERS)
    for m, manager in enumerate(MANAGERS):
        count = per if m < len(MANAGERS) - 1 else n - per * (len(MANAGERS) - 1)
        for i in range(count):
            k = m * 100000 + i
            rows.append({
                "manager": manager,
                "client": f"ООО «Ромашка-{k}» Общество с ограниченной ответственностью" if i % 7 == 0
                          else f"Клиент №{k} & Co <test>",
                "closed": dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                "deals": 2, "won": 1 if i % 2 else 2,
                "amount": Decimal("1000.50") + i,
                "rate": (1 if i % 2 else 2) / 2,
            })
    return rows


def header(title: str = "Продажи по менеджерам — Sales by manager") -> Header:
    return Header(title=title, params=[("Период", "01.01.2026 – 31.12.2026"), ("Manager", "All")],
                  company="ООО «Картотека»", user="Администратор",
                  generated_at=dt.datetime(2026, 3, 5, 14, 30), question="Who sold what, and when?")


def sales_result(n: int = 30, chart: str | None = "bar", orientation: str = "auto"):
    defn = sales_report(chart, orientation)
    return shape(defn, sales_rows(n), header(defn.title))


def png_bytes(w: int = 40, h: int = 20) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def document(plain: bool = False, labels: int = 0, grid: tuple[int, int] = (3, 8)) -> DocumentResult:
    defn = Document(id="test.card", category="H", title="Карточка клиента", question="", build=lambda c, p: None)
    cols = (Col("name", "Товар", width=3), Col("qty", "Кол-во", "int", total="sum"),
            Col("sum", "Сумма", "money", total="sum"))
    blocks = [
        Block("heading", text="Карточка клиента «Ромашка»", level=1),
        Block("fields", pairs=[("ИНН", "7707083893"), ("Город", "Москва"), ("Телефон", "+7 495 123-45-67"),
                               ("E-mail", "info@romashka.ru"), ("Примечание", "")], columns=2),
        Block("heading", text="Сделки", level=2),
        Block("table", table_columns=cols, rows=[("Стол письменный", 2, Decimal("15000.00")),
                                                ("Кресло офисное", 3, Decimal("9999.99"))],
              totals=(None, 5, Decimal("24999.99"))),
        Block("text", text="Первый абзац & <важный>.\n\nВторой абзац,\nс переносом строки.", style="normal"),
        Block("text", text="Мелкий шрифт внизу.", style="small"),
        Block("image", image=png_bytes(), width_mm=30),
        Block("image", image=b"not a picture", width_mm=30),
        Block("spacer", height_mm=5),
        Block("signatures", pairs=[("Директор", "Иванов И. И."), ("Бухгалтер", "Петрова М. А.")]),
    ]
    if labels:
        blocks.append(Block("labels", labels=[f"Получатель №{i}\nг. Москва, ул. Ленина, д. {i}\n101000"
                                              for i in range(1, labels + 1)], grid=grid))
    return DocumentResult(defn, header("Карточка клиента"), blocks, plain=plain)


def labels_only(count: int, grid: tuple[int, int] = (2, 7)) -> DocumentResult:
    defn = Document(id="test.labels", category="H", title="Labels", question="", build=lambda c, p: None)
    return DocumentResult(defn, header("Labels"), [Block("labels", labels=[f"Адресат {i}\nДом {i}" for i in
                                                                           range(1, count + 1)], grid=grid)])
