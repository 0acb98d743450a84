"""A Korean .xlsx workbook uploaded in a real browser (issue 11): the Data page shows its table and target.

Reuses the server, browser and waiting helpers of tests/test_browser.py; waits for visible results only.
"""
import datetime

import numpy as np
import openpyxl
from playwright.sync_api import expect

from test_browser import SHOTS, browser, server, upload_in_korean  # noqa: F401 - browser, server: fixtures


def test_a_korean_xlsx_upload_shows_its_table_and_target(server, browser, tmp_path):  # noqa: F811 - the fixtures imported above
    rng = np.random.default_rng(3)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "지점별 매출"
    sheet.append(["2024년 지점별 매출 현황"])  # a title row above the header, as offices save it
    sheet.append([])
    sheet.append(["지점", "개점일", "면적", "직원수", "매출액"])
    for i in range(40):
        area, staff = round(float(rng.uniform(50, 200)), 1), int(rng.integers(3, 20))
        opened = datetime.datetime(2010 + i % 12, 1 + i % 12, 1 + i % 28)
        sheet.append([f"지점{i:02d}", opened, area, staff, round(30 * area + 100 * staff + rng.normal(0, 200))])
    sheet.append(["합계", None, None, None, 999_999])  # a totals row the reader leaves out
    book.create_sheet("메모").append(["면적 단위는 ㎡"])  # only the first sheet is read
    path = tmp_path / "매출.xlsx"
    book.save(path)

    page = upload_in_korean(browser, server, path, rows=40)  # 40 branches: no title, no totals row
    expect(page.get_by_role("heading", name="매출.xlsx")).to_be_visible()
    expect(page.get_by_text("첫 번째 시트 '지점별 매출'")).to_be_visible()
    expect(page.get_by_text("합계 행 1개")).to_be_visible()
    target = page.get_by_label("타깃 (맞힐 값)", exact=True)
    expect(target).to_have_value("매출액")
    expect(page.get_by_text("개점일_month").first).to_be_visible()  # the dates became numbers in the table
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / "xlsx_upload.png", full_page=True)
    page.context.close()
