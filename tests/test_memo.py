from kzhealth.memo import recall


def test_recall_computes_only_the_misses_and_keeps_falsy_values():
    memo = {"a": (), "b": ("x",)}
    computed = []

    def compute(key):
        computed.append(key)
        memo[key] = (key.upper(),)
        return memo[key]

    assert recall(memo, ["a", "c", "b", "c"], compute) == [(), ("C",), ("x",), ("C",)]
    assert computed == ["c"]  # a new word twice in one paragraph is analysed once
    assert recall(memo, ["c", "a"], compute) == [("C",), ()]
    assert computed == ["c"]
