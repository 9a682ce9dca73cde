"""Realistic, deterministic names and e-mail addresses: mostly Chinese, some English."""
from __future__ import annotations

import random

# (surname, pinyin, relative frequency)
SURNAMES = [
    ("王", "wang", 10), ("李", "li", 10), ("张", "zhang", 9), ("刘", "liu", 7), ("陈", "chen", 6),
    ("杨", "yang", 4), ("黄", "huang", 3), ("赵", "zhao", 3), ("吴", "wu", 3), ("周", "zhou", 3),
    ("徐", "xu", 2), ("孙", "sun", 2), ("马", "ma", 2), ("朱", "zhu", 2), ("胡", "hu", 2),
    ("郭", "guo", 2), ("何", "he", 2), ("林", "lin", 2), ("罗", "luo", 1), ("高", "gao", 2),
    ("郑", "zheng", 1), ("梁", "liang", 1), ("谢", "xie", 1), ("宋", "song", 1), ("唐", "tang", 1),
    ("韩", "han", 1), ("冯", "feng", 1), ("邓", "deng", 1), ("曹", "cao", 1), ("彭", "peng", 1),
    ("曾", "zeng", 1), ("田", "tian", 1), ("董", "dong", 1), ("潘", "pan", 1), ("袁", "yuan", 1),
    ("蔡", "cai", 1), ("蒋", "jiang", 1), ("余", "yu", 1), ("杜", "du", 1), ("叶", "ye", 1),
    ("程", "cheng", 1), ("魏", "wei", 1), ("苏", "su", 1), ("吕", "lv", 1), ("丁", "ding", 1),
    ("任", "ren", 1), ("沈", "shen", 1), ("欧阳", "ouyang", 1), ("司马", "sima", 1),
]
GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"),
    ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("英", "ying"), ("华", "hua"), ("玉", "yu"),
    ("萍", "ping"), ("红", "hong"), ("建", "jian"), ("文", "wen"), ("辉", "hui"), ("鑫", "xin"),
    ("宇", "yu"), ("浩", "hao"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("晨", "chen"),
    ("欣", "xin"), ("怡", "yi"), ("佳", "jia"), ("子", "zi"), ("梓", "zi"), ("涵", "han"),
    ("轩", "xuan"), ("博", "bo"), ("睿", "rui"), ("思", "si"), ("雨", "yu"), ("晓", "xiao"),
    ("海", "hai"), ("波", "bo"), ("丹", "dan"), ("莉", "li"), ("俊", "jun"), ("峰", "feng"),
    ("岚", "lan"), ("凯", "kai"), ("嘉", "jia"), ("璐", "lu"), ("昊", "hao"), ("颖", "ying"),
]
ENGLISH_GIVEN = ["Emily", "David", "Grace", "Kevin", "Linda", "Michael", "Sophie", "Jason",
                 "Amy", "Eric", "Vivian", "Tony", "Helen", "Peter", "Cindy", "Frank"]
ENGLISH_SURNAMES = ["Zhang", "Wang", "Chen", "Li", "Liu", "Lin", "Huang", "Zhou", "Wu", "Smith", "Brown"]
EMAIL_DOMAIN = "huaxin-trading.example.com"
ENGLISH_SHARE = 0.08


class NameMaker:
    """Hands out unique person names and e-mail addresses from one seeded generator."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._surname_weights = [w for _, _, w in SURNAMES]
        self._names: set[str] = set()
        self._emails: set[str] = set()

    def person(self) -> tuple[str, str]:
        """A (name, email) pair; names repeat only when the pool runs out, as in life."""
        for _attempt in range(20):
            name, local = self._one()
            if name not in self._names:
                break
        self._names.add(name)
        email, n = f"{local}@{EMAIL_DOMAIN}", 1
        while email in self._emails:
            n += 1
            email = f"{local}{n}@{EMAIL_DOMAIN}"
        self._emails.add(email)
        return name, email

    def _one(self) -> tuple[str, str]:
        rng = self._rng
        if rng.random() < ENGLISH_SHARE:
            given, surname = rng.choice(ENGLISH_GIVEN), rng.choice(ENGLISH_SURNAMES)
            return f"{given} {surname}", f"{given}.{surname}".lower()
        surname, surname_py, _ = rng.choices(SURNAMES, weights=self._surname_weights)[0]
        parts = [rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.35 else 2)]
        given = "".join(c for c, _ in parts)
        given_py = "".join(p for _, p in parts)
        return surname + given, f"{given_py}.{surname_py}"
