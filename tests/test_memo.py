from kzhealth.memo import Memo


def test_a_memo_computes_each_missing_key_once_and_keeps_falsy_values():
    computed = []

    def compute(key):
        computed.append(key)
        return () if key == "a" else (key.upper(),)

    memo = Memo(compute)
    assert memo.many(["a", "c", "b", "c"]) == [(), ("C",), ("B",), ("C",)]
    assert computed == ["a", "c", "b"]  # a new word twice in one paragraph is analysed once
    assert memo.many(["c", "a"]) == [("C",), ()]  # the empty tuple is a value, not a miss
    assert memo.one("b") == ("B",) and memo.one("d") == ("D",)
    assert computed == ["a", "c", "b", "d"]


def test_a_full_memo_starts_afresh_so_memory_stays_bounded():
    memo = Memo(str.upper, limit=3)
    for word in ["a", "b", "c", "d", "e"]:
        memo.one(word)
        assert len(memo) <= 3
    assert memo.many(["x", "y", "z", "w"]) == ["X", "Y", "Z", "W"]
    assert len(memo) <= 3
