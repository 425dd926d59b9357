"""Builds the binary members of this corpus that cannot be typed by hand (run once; the output is
committed): ``clients.xlsx`` as Excel saves it — a title row, merged two-level header cells, dates
as text and as real dates, and a formula whose cached value Excel stored next to it (openpyxl
writes formulas without values, so the <v> Excel would write is added to the sheet XML here).

The CSV, TSV (UTF-16) and vCard files next to it are plain text written as the programs that make
them do (1C/Excel in Windows-1251 with ";", Excel's "Unicode text", phones' vCard 2.1 with
QUOTED-PRINTABLE, Google/Outlook 3.0, iOS/Android 4.0).
"""
import datetime as dt
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent

ROWS = [
    # name, INN, phone, e-mail, city, responsible, created, status, formula (cached), contact
    ("ООО «Альфа»", "7740334819", "8 (495) 123-45-67", "info@alfa.ru", "Москва", "", "01.03.2017", "Активный", 1500, "Иванов Иван Иванович"),
    ("ИП Петров Пётр Петрович", "502449185410", "+7 916 123-45-67", "petrov@mail.ru", "Химки", "", dt.datetime(2018, 5, 6), "", 0, ""),
    ("ООО «Бета»", "7740334818", "+7 495 765-43-21", "", "Москва", "", "2019-01-15", "", 0, ""),
    ("ООО «Гамма»", "7748469938", "12345", "", "Тверь", "", "", "", 0, ""),
    ("ООО \"Альфа\"", "7740334819", "", "", "Москва", "", "", "", 0, ""),
    ("ЗАО Дельта", "7751904980", "", "bad@", "Казань", "", "", "", 0, ""),
    ("Дельта-2", "", "+7 843 222-33-44", "", "Казань", "", "01.01.2099", "", 0, ""),
    ("Омега", "", "+7 812 333-44-55", "", "Санкт-Петербург", "Неизвестный Менеджер", "", "", 0, ""),
    (None, None, None, None, None, None, None, None, None, None),
    ("Сигма", "7748854633", "+7 383 210-00-00; +7 913 000-11-22", "sigma@sigma.ru, boss@sigma.ru", "Новосибирск", "Administrator", "15/06/2020", "Постоянный", 2500, "Сидоров Пётр"),
]


def build_xlsx(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Клиенты"
    ws.append(["Список клиентов на 01.12.2024"])
    ws.merge_cells("A1:J1")
    ws.append(["Наименование", "ИНН", "Контакты", None, "Город", "Ответственный", "Дата создания", "Статус",
               "Сумма договоров", "Контактное лицо"])
    ws.append([None, None, "Телефон", "E-mail", None, None, None, None, None, None])
    for col in "ABEFGHIJ":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("C2:D2")
    ws.append(["Прочие", "данные"])  # a second sheet-like block is not here; this row is data-less text
    ws.delete_rows(4)
    formulas = {}
    for i, r in enumerate(ROWS, start=4):
        vals = list(r)
        if r[8]:
            vals[8] = f"=1000+{r[8] - 1000}"
            formulas[f"I{i}"] = r[8]
        ws.append(vals)
    ws2 = wb.create_sheet("Пусто")
    ws2.append(["nothing here"])
    tmp = Path(tempfile.mkdtemp()) / "x.xlsx"
    wb.save(tmp)
    # add the cached values Excel stores with each formula
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                for ref, value in formulas.items():
                    xml = re.sub(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/?>(?:</v>)?',
                                 rf"\1<f>\2</f><v>{value}</v>", xml)
                    xml = re.sub(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f>(?!<v>)', rf"\1<f>\2</f><v>{value}</v>", xml)
                data = xml.encode()
            zout.writestr(item, data)
    shutil.rmtree(tmp.parent)


if __name__ == "__main__":
    build_xlsx(HERE / "clients.xlsx")
