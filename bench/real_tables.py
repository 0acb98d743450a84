"""Seventeen table files as learners have them, made here: scikit-learn's bundled real data sets written
out as CSV, and synthetic files shaped like Kaggle downloads and Korean public-data exports (title lines,
totals rows, `12,000원`, `45%`, `-` for missing, CP949, UTF-16 tab files, `;` with decimal commas,
an .xlsx workbook). The synthetic values follow simple rules plus noise, so a linear model can learn them.

`corpus()` returns [(file name, bytes, target column)], `table(name)` one file's (bytes, target column);
bench/starting_config.py measures on them.
"""
from __future__ import annotations

import io

import numpy as np
import openpyxl
import pandas as pd
from sklearn import datasets as skd

SEED = 11


def corpus() -> list[tuple[str, bytes, str]]:
    """Every file of the corpus, in a fixed order."""
    return [(name, *make()) for name, make in FILES.items()]


def table(name: str) -> tuple[bytes, str]:
    """(bytes, target column) of one file of the corpus."""
    return FILES[name]()


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode()


def _sklearn(loader, target: str, labels: bool):
    """A scikit-learn bundled data set as a CSV file, class names as text when `labels`."""
    def make():
        bunch = loader()
        frame = pd.DataFrame(bunch.data, columns=bunch.feature_names)
        frame[target] = np.asarray(bunch.target_names)[bunch.target] if labels else bunch.target
        return _csv(frame), target
    return make


def _linnerud():
    bunch = skd.load_linnerud()
    frame = pd.DataFrame(bunch.data, columns=bunch.feature_names)
    frame["Weight"] = bunch.target[:, 0]
    return _csv(frame), "Weight"


def _titanic():
    rng = np.random.default_rng(SEED)
    n = 400
    pclass = rng.choice([1, 2, 3], n, p=[0.25, 0.2, 0.55])
    sex = rng.choice(["male", "female"], n, p=[0.64, 0.36])
    age = np.round(rng.normal(30, 13, n).clip(1, 80))
    fare = np.round(rng.gamma(2, 12, n) * (4 - pclass), 4)
    score = 1.3 * (sex == "female") - 0.8 * (pclass - 2) - 0.02 * (age - 30) + rng.normal(0, 0.7, n) - 0.3
    frame = pd.DataFrame({
        "PassengerId": np.arange(1, n + 1), "Survived": (score > 0).astype(int), "Pclass": pclass,
        "Name": [f"Passenger{i}, Mr. Given{i}" for i in range(n)], "Sex": sex,
        "Age": np.where(rng.random(n) < 0.2, np.nan, age), "SibSp": rng.poisson(0.5, n),
        "Parch": rng.poisson(0.4, n), "Ticket": [f"A/{rng.integers(1000, 99999)}" for _ in range(n)],
        "Fare": fare, "Cabin": np.where(rng.random(n) < 0.77, None, [f"C{k}" for k in range(n)]),
        "Embarked": rng.choice(["S", "C", "Q"], n, p=[0.72, 0.19, 0.09])})
    return _csv(frame), "Survived"


def _penguins():
    rng = np.random.default_rng(SEED + 1)
    n = 300
    species = rng.choice(["Adelie", "Chinstrap", "Gentoo"], n)
    base = {"Adelie": (38.8, 18.3, 190, 3700), "Chinstrap": (48.8, 18.4, 196, 3730), "Gentoo": (47.5, 15.0, 217, 5080)}
    values = np.array([base[s] for s in species]) + rng.normal(0, 1, (n, 4)) * [2.5, 1.0, 6.5, 450]
    frame = pd.DataFrame({"species": species, "island": rng.choice(["Biscoe", "Dream", "Torgersen"], n),
                          "bill_length_mm": values[:, 0].round(1), "bill_depth_mm": values[:, 1].round(1),
                          "flipper_length_mm": values[:, 2].round(), "body_mass_g": values[:, 3].round(-1),
                          "sex": rng.choice(["male", "female", None], n, p=[0.48, 0.48, 0.04]),
                          "year": rng.choice([2007, 2008, 2009], n)})
    frame.iloc[[3, 271], 2:6] = np.nan
    frame.index = frame.index + 1  # R's write.csv: an unnamed row number first, NA for missing
    return frame.to_csv(na_rep="NA").encode(), "species"


def _rent_cp949():
    rng = np.random.default_rng(SEED + 2)
    n = 300
    gu = rng.choice(["강남구", "마포구", "노원구", "송파구", "관악구"], n)
    premium = pd.Series(gu).map({"강남구": 35, "마포구": 20, "노원구": 0, "송파구": 25, "관악구": 5}).to_numpy()
    area = rng.uniform(17, 85, n).round(2)
    floor = rng.integers(1, 25, n)
    built = rng.integers(1988, 2022, n)
    deposit = (rng.integers(5, 300, n) * 100)
    rent = (1.1 * area + premium + 0.4 * floor + 0.8 * (built - 2000) - 0.004 * deposit + 30
            + rng.normal(0, 8, n)).clip(10).round()
    frame = pd.DataFrame({"시군구": "서울특별시 " + gu, "전용면적(㎡)": area, "층": floor, "건축년도": built,
                          "계약년월": rng.choice([202301, 202302, 202303], n),
                          "보증금(만원)": [f"{d:,}" for d in deposit], "월세(만원)": rent.astype(int)})
    text = frame.to_csv(index=False)
    return text.encode("cp949"), "월세(만원)"


def _population():
    rng = np.random.default_rng(SEED + 3)
    districts = ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
                 "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구",
                 "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]
    households = rng.integers(60_000, 290_000, len(districts))
    people = (2.15 * households + rng.normal(0, 15_000, len(districts))).round().astype(int)
    area = rng.uniform(10, 47, len(districts)).round(2)
    lines = ["2023년 서울특별시 자치구별 인구 현황,,,", "(단위: 세대 / 명 / ㎢),,,", ",,,", "자치구,세대수,면적,인구"]
    lines += [f'{d},"{h:,}",{a},"{p:,}"' for d, h, a, p in zip(districts, households, area, people)]
    lines.append(f'합계,"{households.sum():,}",{area.sum():.2f},"{people.sum():,}"')
    return ("\n".join(lines) + "\n").encode("utf-8-sig"), "인구"


def _bikes():
    rng = np.random.default_rng(SEED + 4)
    days = pd.date_range("2017-12-01", periods=365, freq="D")
    season = np.sin((days.day_of_year.to_numpy() - 100) / 365 * 2 * np.pi)
    temp = (13 + 12 * season + rng.normal(0, 3, 365)).round(1)
    rain = np.where(rng.random(365) < 0.7, 0, rng.gamma(1.5, 6, 365)).round(1)
    humidity = rng.integers(25, 95, 365)
    rentals = (9000 + 450 * temp - 160 * rain - 30 * humidity + 8 * np.arange(365) + rng.normal(0, 1500, 365)).clip(300)
    frame = pd.DataFrame({"대여일자": days.strftime("%Y-%m-%d"), "평균기온(°C)": temp,
                          "강수량(mm)": np.where(rain == 0, "-", rain.astype(str)),
                          "습도": [f"{h}%" for h in humidity], "대여건수": rentals.round().astype(int)})
    return _csv(frame), "대여건수"


def _churn():
    rng = np.random.default_rng(SEED + 5)
    n = 500
    trans_ct = rng.integers(10, 140, n)
    inactive = rng.integers(0, 6, n)
    contacts = rng.integers(0, 6, n)
    score = -0.05 * (trans_ct - 65) + 0.5 * inactive + 0.45 * contacts - 2.6 + rng.normal(0, 0.8, n)
    frame = pd.DataFrame({
        "CLIENTNUM": rng.choice(np.arange(708_000_000, 828_000_000), n, replace=False),
        "Attrition_Flag": np.where(score > 0, "Attrited Customer", "Existing Customer"),
        "Customer_Age": rng.integers(26, 73, n), "Gender": rng.choice(["M", "F"], n),
        "Income_Category": rng.choice(["Less than $40K", "$40K - $60K", "$60K - $80K", "$80K - $120K", "$120K +"], n),
        "Months_Inactive_12_mon": inactive, "Contacts_Count_12_mon": contacts,
        "Credit_Limit": rng.uniform(1400, 34500, n).round(1), "Total_Trans_Ct": trans_ct})
    return _csv(frame), "Attrition_Flag"


def _wine_semicolon():
    rng = np.random.default_rng(SEED + 6)
    n = 400
    alcohol = rng.uniform(8.4, 14.5, n)
    volatile = rng.uniform(0.12, 1.2, n)
    sulphates = rng.uniform(0.33, 1.4, n)
    density = 1.0 - 0.0012 * (alcohol - 10) + rng.normal(0, 0.0008, n)
    quality = (5.6 + 0.45 * (alcohol - 10.4) - 1.6 * (volatile - 0.5) + 0.9 * (sulphates - 0.65)
               + rng.normal(0, 0.45, n)).round().clip(3, 8)
    frame = pd.DataFrame({"alcohol": alcohol.round(1), "volatile acidity": volatile.round(3),
                          "sulphates": sulphates.round(2), "density": density.round(5),
                          "residual sugar": rng.uniform(900, 15500, n).round(1), "quality": quality.astype(int)})
    text = frame.to_csv(index=False, sep=";", decimal=",")
    # European spreadsheets group thousands with a dot: 1.234,5; and a dash marks a missing reading.
    text = "\n".join(_dot_thousands(line) for line in text.splitlines()) + "\n"
    lines = text.splitlines()
    lines[5] = ";".join("-" if i == 2 else cell for i, cell in enumerate(lines[5].split(";")))
    return ("\n".join(lines) + "\n").encode(), "quality"


def _dot_thousands(line: str) -> str:
    cells = line.split(";")
    out = []
    for cell in cells:
        whole, _, fraction = cell.partition(",")
        if whole.isdigit() and len(whole) > 3:
            whole = f"{int(whole):,}".replace(",", ".")
        out.append(whole + ("," + fraction if fraction else ""))
    return ";".join(out)


def _houses_usd():
    rng = np.random.default_rng(SEED + 7)
    n = 300
    sqft = rng.integers(600, 4200, n)
    beds = rng.integers(1, 6, n)
    built = rng.integers(1950, 2020, n)
    price = (45_000 + 120 * sqft + 9_000 * beds + 900 * (built - 1950) + rng.normal(0, 25_000, n)).round(-2)
    frame = pd.DataFrame({"id": rng.choice(np.arange(10_000, 99_999), n, replace=False),
                          "date_listed": pd.to_datetime("2014-05-02") + pd.to_timedelta(rng.integers(0, 365, n), "D"),
                          "sqft_living": [f"{s:,}" for s in sqft], "bedrooms": beds, "yr_built": built,
                          "tax_rate": [f"{r:.1f}%" for r in rng.uniform(0.8, 2.4, n)],
                          "price": [f"${p:,.0f}" for p in price]})
    frame["date_listed"] = frame["date_listed"].dt.strftime("%m/%d/%Y")
    return _csv(frame), "price"


def _scores_xlsx():
    rng = np.random.default_rng(SEED + 8)
    n = 120
    hours = rng.uniform(0, 20, n).round(1)
    attendance = rng.uniform(0.6, 1.0, n).round(2)
    score = (30 + 2.2 * hours + 30 * attendance + rng.normal(0, 6, n)).clip(0, 100).round()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "성적"
    sheet.append(["2024학년도 1학기 기말고사 성적"])
    sheet.append([])
    sheet.append(["학번", "이름", "반", "공부시간", "출석률", "점수"])
    for i in range(n):
        group = rng.choice(["1반", "2반", "3반"])
        sheet.append([20240001 + i, f"학생{i:03d}", group, hours[i], attendance[i], score[i]])
    book.create_sheet("메모").append(["출석률은 0~1 사이 값"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), "점수"


def _power_utf16():
    rng = np.random.default_rng(SEED + 9)
    months = pd.period_range("2002-01", periods=180, freq="M")
    temp = 12.5 + 14 * np.sin((months.month.to_numpy() - 4) / 12 * 2 * np.pi) + rng.normal(0, 1.5, 180)
    usage = 21_000 + 40 * np.arange(180) + 95 * np.abs(temp - 16) ** 1.3 + rng.normal(0, 600, 180)
    frame = pd.DataFrame({"연월": months.strftime("%Y-%m"), "평균기온": temp.round(1),
                          "전력사용량(MWh)": usage.round().astype(int)})
    return frame.to_csv(index=False, sep="\t").encode("utf-16"), "전력사용량(MWh)"


def _weather_cp1252():
    rng = np.random.default_rng(SEED + 10)
    n = 300
    humidity = rng.integers(20, 100, n)
    pressure = rng.normal(1015, 7, n).round(1)
    temp = rng.normal(14, 7, n).round(1)
    score = 0.07 * (humidity - 65) - 0.12 * (pressure - 1015) + rng.normal(0, 0.8, n) - 0.7
    frame = pd.DataFrame({"Location": rng.choice(["Zürich", "Genève", "Bâle", "Lugano"], n),
                          "Temp °C": temp, "Humidity %": humidity, "Pressure hPa": pressure,
                          "RainTomorrow": np.where(score > 0, "Yes", "No")})
    return frame.to_csv(index=False).encode("cp1252"), "RainTomorrow"


def _dust_pipe():
    rng = np.random.default_rng(SEED + 11)
    n = 360
    pm10 = rng.gamma(3, 15, n).round()
    pm25 = (0.55 * pm10 + rng.normal(0, 5, n)).clip(1).round()
    grade = np.select([pm25 <= 15, pm25 <= 35], ["좋음", "보통"], "나쁨")
    hours = pd.date_range("2023-03-01", periods=n, freq="D").strftime("%Y-%m-%d")
    ozone = rng.uniform(0.01, 0.08, n).round(3).astype(str)
    ozone[rng.random(n) < 0.05] = "-"
    stations = rng.choice(["중구", "종로구", "강남구"], n)
    frame = pd.DataFrame({"측정일": hours, "측정소": stations, "PM10": pm10.astype(int),
                          "PM2.5": pm25.astype(int), "오존": ozone, "등급": grade})
    return frame.to_csv(index=False, sep="|").encode(), "등급"


FILES = {
    "iris.csv": _sklearn(skd.load_iris, "species", True),
    "wine.csv": _sklearn(skd.load_wine, "cultivar", True),
    "breast_cancer.csv": _sklearn(skd.load_breast_cancer, "diagnosis", True),
    "diabetes.csv": _sklearn(lambda: skd.load_diabetes(scaled=False), "progression", False),
    "linnerud.csv": _linnerud,
    "titanic.csv": _titanic,
    "penguins_raw.csv": _penguins,
    "아파트_전월세_실거래가.csv": _rent_cp949,
    "서울시_자치구별_인구.csv": _population,
    "따릉이_일별_대여건수.csv": _bikes,
    "BankChurners.csv": _churn,
    "winequality-red.csv": _wine_semicolon,
    "house_prices_usd.csv": _houses_usd,
    "학생_성적.xlsx": _scores_xlsx,
    "월별_전력사용량.txt": _power_utf16,
    "weather_cp1252.csv": _weather_cp1252,
    "대기질_일평균.txt": _dust_pipe,
}
