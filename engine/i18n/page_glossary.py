"""Strings of the Glossary page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.group_reference": ("Reference", "참고"),
    "nav.glossary": ("Glossary", "용어집"),
    "glossary.intro": ("The words this app uses, each with its PyTorch name and a one-line meaning. The same word "
                       "is used on every page, and hovering over a setting's ⓘ shows the meaning there too.",
                       "이 앱에서 쓰는 용어와 그 PyTorch 이름, 한 줄 뜻을 모았습니다. 모든 페이지가 같은 용어를 쓰며, "
                       "설정 옆의 ⓘ에 마우스를 올리면 그 자리에서도 뜻을 볼 수 있습니다."),
    "glossary.search": ("Search", "검색"),
    "glossary.search_placeholder": ("e.g. epoch, 학습률, zero_grad", "예: 에포크, learning rate, zero_grad"),
    "glossary.col_ko": ("Korean", "한국어"),
    "glossary.col_en": ("English", "영어"),
    "glossary.col_torch": ("In PyTorch", "PyTorch 이름"),
    "glossary.col_meaning": ("Meaning", "뜻"),
    "glossary.none": ("No term matches '{query}'.", "'{query}'에 맞는 용어가 없습니다."),
    "glossary.where_title": ("Where each term appears", "용어가 나오는 페이지"),
    "glossary.count": ("{n:@term} shown.", "용어 {n}개를 보여 줍니다."),
}
