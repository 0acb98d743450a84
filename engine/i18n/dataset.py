"""Translation strings: the built-in datasets' names and notes. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "dataset.rent.title": ("Rent vs. flat area (tutorial 000)", "면적에 따른 월세 (튜토리얼 000)"),
    "dataset.rent.desc": (
        "80 made-up flats: area in m² and monthly rent (in 10,000 KRW). One feature, one target: the simplest "
        "regression there is. It ships with a fixed split of 60 training and 20 test rows.",
        "가상의 원룸 80개: 면적(m²)과 월세(만 원). 특성 하나로 타깃 하나를 맞히는, 가장 단순한 회귀 문제입니다. "
        "학습용 60행과 테스트용 20행으로 미리 나뉘어 있습니다."),
    "dataset.study_hours.title": ("Study hours → score, 3 points (tutorial 004)", "공부 시간 → 점수, 3개 (튜토리얼 004)"),
    "dataset.study_hours.desc": (
        "Hours 1, 2, 3 and scores 2, 4, 6: exactly y = 2x, small enough to follow every number by hand.",
        "공부 시간 1, 2, 3과 점수 2, 4, 6: 정확히 y = 2x이고, 모든 숫자를 손으로 따라갈 수 있을 만큼 작습니다."),
    "dataset.study_hours_4.title": ("Study hours → score, 4 points (tutorial 004)", "공부 시간 → 점수, 4개 (튜토리얼 004)"),
    "dataset.study_hours_4.desc": (
        "Hours 2–5 and scores 25, 50, 42, 61: the four points the tutorial measures the line y = 13x + 1 against.",
        "공부 시간 2~5와 점수 25, 50, 42, 61: 튜토리얼이 직선 y = 13x + 1의 오차를 재는 네 점입니다."),
    "dataset.toy_linear.title": ("y = 2x + noise, 5 points (tutorial 001)", "y = 2x + 잡음, 5개 (튜토리얼 001)"),
    "dataset.toy_linear.desc": (
        "x = 0…4 and y = 2x plus a random number between 0 and 1. Train on all five points.",
        "x = 0…4, y = 2x에 0과 1 사이의 난수를 더한 값입니다. 다섯 점 모두로 학습합니다."),
    "dataset.house_prices.title": ("Boston house prices (tutorial 001)", "보스턴 집값 (튜토리얼 001)"),
    "dataset.house_prices.desc": (
        "506 Boston census tracts from 1978: 13 features (crime rate, rooms per dwelling, …) and MEDV, the median "
        "home value in $1000s. The tutorial's 13-50-30-1 network learns it with a 50:50 split.",
        "1978년 보스턴의 인구조사 구역 506개: 특성 13개(범죄율, 주택당 방 수 등)와 타깃 MEDV(주택 가격 중앙값, "
        "1000달러 단위). 튜토리얼의 13-50-30-1 신경망이 50:50으로 나눈 데이터로 학습합니다."),
    "dataset.xor.title": ("XOR, 4 points", "XOR, 4개"),
    "dataset.xor.desc": (
        "The four points of exclusive OR. No straight line separates the classes; one hidden layer can.",
        "배타적 논리합(XOR)의 네 점. 직선 하나로는 두 클래스를 가를 수 없지만, 은닉층 하나면 가능합니다."),
    "dataset.digits.title": ("Handwritten digits 8×8", "손글씨 숫자 8×8"),
    "dataset.digits.desc": (
        "1,797 small images of the digits 0–9 (8×8 pixels, values 0–16), bundled with scikit-learn.",
        "scikit-learn에 들어 있는 0~9 손글씨 숫자 이미지 1,797장 (8×8 픽셀, 값 0~16)."),
    "dataset.mnist_5k.title": ("MNIST, 5,000 images (tutorial 003)", "MNIST 5,000장 (튜토리얼 003)"),
    "dataset.mnist_5k.desc": (
        "5,000 handwritten digits of 28×28 pixels (values 0–255), i.e. 784 features per image and 10 classes.",
        "28×28 픽셀(값 0~255) 손글씨 숫자 5,000장. 이미지 한 장이 특성 784개이고 클래스는 10개입니다."),
}
