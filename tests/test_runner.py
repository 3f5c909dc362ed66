from kzhealth.runner import ordered_map


def square(x: int) -> int:
    return x * x


def test_ordered_map_keeps_order_across_processes():
    assert list(ordered_map(square, range(1000), jobs=2, batch=16)) == [x * x for x in range(1000)]


def test_ordered_map_small_input_runs_inline():
    assert list(ordered_map(square, [3], jobs=4)) == [9]


def test_ordered_map_is_lazy():
    consumed = []

    def items():
        for i in range(10_000):
            consumed.append(i)
            yield i

    results = ordered_map(square, items(), jobs=2, batch=8)
    assert next(results) == 0
    assert len(consumed) < 200  # a bounded window, not the whole input
    results.close()
