"""The third hostile review's findings (issue 25), each held by a test that failed before its fix."""

from __future__ import annotations

import os

import pytest

STOCK_AND_COUNT = "indicator,year,value\nhigh-tech-enterprises,2019,45\nachievements,2019,3\n"


def achieved(result) -> dict[str, object]:
    return {s["id"]: s["achieved"] for s in result.json()["indicators"]}


@pytest.mark.parametrize("second", ["same", "dot", "absolute", "symlink", "hardlink"])
def test_the_same_file_given_twice_is_read_once_with_a_notice(run, write, tmp_path, monkeypatch, second):
    """A stock of 45 and 3 achievements, given twice: still 45 and 3 (not 90 and 6, 提前完成)."""
    path = write(STOCK_AND_COUNT, name="same.csv")
    monkeypatch.chdir(tmp_path)
    other = {"same": "same.csv", "dot": "./same.csv", "absolute": str(path)}.get(second)
    if second == "symlink":
        os.symlink(path, tmp_path / "link.csv")
        other = "link.csv"
    elif second == "hardlink":
        os.link(path, tmp_path / "hard.csv")
        other = "hard.csv"
    result = run("status", "same.csv", other, "-f", "json")
    assert result.exit_code == 0, result.stderr
    figures = achieved(result)
    assert figures["high-tech-enterprises"] == 45 and figures["achievements"] == 3
    assert f"{other}: this file was given before (as same.csv)" in result.stderr


def test_a_city_file_given_twice_to_rollup_is_not_doubled(run, write):
    path = write("地区,indicator,year,value\n百色市,achievements,2019,30\n河池市,achievements,2019,20\n",
                 name="cities.csv")
    once = run("rollup", "--plan", "guangxi-sanbai-erqian", path, "-f", "json")
    twice = run("rollup", "--plan", "guangxi-sanbai-erqian", path, path, "-f", "json")
    assert once.exit_code == 0 and twice.exit_code == 0, twice.stderr
    assert once.json()["indicators"] == twice.json()["indicators"]
    assert "given before" in twice.stderr


def test_rows_after_the_period_are_never_counted_whatever_the_as_of_date(run, write):
    """2018-2020 plan; rows of 2021 (7 achievements, 60 enterprises) left out with --as-of 2021-12-31
    as without it: achievements 3 (not 10), enterprises 45 (not 60); measured at 2020-12-31, said so."""
    path = write(STOCK_AND_COUNT + "achievements,2021,7\nhigh-tech-enterprises,2021,60\n")
    plain = run("status", path, "-f", "json")
    late = run("status", path, "--as-of", "2021-12-31", "-f", "json")
    assert plain.exit_code == late.exit_code == 0
    assert achieved(late) == achieved(plain)
    assert achieved(late)["achievements"] == 3 and achieved(late)["high-tech-enterprises"] == 45
    assert late.json()["as_of"] == "2020-12-31"
    assert "the as-of date 2021-12-31 is after the period's end (2020-12-31): measured at the period's end" \
        in late.stderr
    assert "dated after the period's end (2020-12-31) left out" in late.stderr


def test_explain_leaves_rows_after_the_period_out_whatever_the_as_of_date(run, write):
    path = write(STOCK_AND_COUNT + "achievements,2021,7\n")
    result = run("explain", path, "-i", "achievements", "--as-of", "2021-12-31", "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = result.json()
    assert sum(row["value"] for row in document["rows"]) == 3 == document["achieved"]
    assert [row["reason"] for row in document["left_out"]] == ["after_period"]


@pytest.mark.parametrize("ending", ["\r", "\n", "\r\n"])
def test_lines_ended_by_a_lone_carriage_return_are_lines(run, write, monkeypatch, ending):
    """An old Mac file (lines ended by \\r alone) longer than the line limit is read, not refused as
    one over-long line 1; a line truly too long is named by its number, whatever the endings."""
    from baise11155.read import sources

    monkeypatch.setattr(sources.LineLimited.__init__, "__defaults__", (200,))
    body = "".join(f"achievements,2019,1,成果{n}{ending}" for n in range(40))  # 40 lines of ~25 bytes
    path = write(f"indicator,year,value,item{ending}{body}")
    result = run("status", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert achieved(result)["achievements"] == 40
    long_line = write(f"indicator,year,value,item{ending}achievements,2019,1,a{ending}achievements,2019,1,"
                      + "b" * 20_000 + ending, name="long.csv")  # (wider than a block read)
    refused = run("status", long_line)
    assert refused.exit_code == 1
    assert f"{long_line}:3" in refused.stderr


def test_a_growth_measure_on_a_short_period_with_a_level_after_its_end(run, write, tmp_path):
    """A period of three days, a level a year and a half later: that level is after the period and
    never counted, so the growth rates are not raised to the power of 1/(3 days) (an OverflowError)."""
    from conftest import TARGETS

    plan = tmp_path / "short.yaml"
    plan.write_text(TARGETS.read_text(encoding="utf-8").replace("    end: 2020-12-31", "    end: 2018-01-03", 1),
                    encoding="utf-8")
    path = write("indicator,date,value\nhigh-tech-enterprises,2018-01-02,30\nhigh-tech-enterprises,2019-06-30,45\n")
    for measure in ("eurostat", "open-sdg", "all"):
        result = run("outlook", path, "--targets", plan, "--measure", measure, "--as-of", "2019-12-31", "-f", "json")
        assert result.exit_code == 0, result.stderr
        held = next(i for i in result.json()["indicators"] if i["id"] == "high-tech-enterprises")
        assert held["achieved"] == 30


@pytest.mark.parametrize("name", ["全市", "百色市", "百色", "全 市"])
def test_a_plan_area_named_like_the_city_itself_is_refused(run, write, tmp_path, name):
    """An area 百色市 in the city's own plan would show no data, its rows going to 未分县区 (issue 25, item 3)."""
    from conftest import targets_with_areas

    areas = f"areas:\n  - {{id: youjiang, name: {{zh: 右江区, en: Youjiang}}}}\n  - {{id: city, name: {{zh: {name}, en: X}}}}\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(targets_with_areas(areas), encoding="utf-8")
    result = run("status", write(STOCK_AND_COUNT), "--targets", plan)
    assert result.exit_code == 1
    assert "'city' is named like the city itself" in result.stderr


def test_counties_are_looked_up_in_time_linear_in_the_plan_s_areas(run, tmp_path, monkeypatch):
    """A plan of thousands of areas: each area's aliases are made once, not on every lookup (4,000
    areas took 64 s; issue 25, item 9). Counted, not timed: 300 areas, 300 rows, --by county."""
    from conftest import targets_with_areas

    from baise11155.model import plan as plan_module

    areas = "areas:\n" + "".join(f"  - {{id: a{i}, name: {{zh: 测试{i}县, en: T{i}}}}}\n" for i in range(300))
    plan = tmp_path / "plan.yaml"
    split = "  - id: achievements\n    area_targets: {" + ", ".join(f"a{i}: 1" for i in range(300)) + "}\n"
    text = targets_with_areas(areas)
    plan.write_text(text.replace("  - id: achievements\n", split, 1), encoding="utf-8")
    path = tmp_path / "progress.csv"
    path.write_text("指标,年份,数量,县区\n" + "".join(f"转化科技成果,2019,1,测试{i}县\n" for i in range(300)),
                    encoding="utf-8")
    calls = 0
    aliases = plan_module.Division.aliases

    def counted(self):
        nonlocal calls
        calls += 1
        return aliases(self)

    monkeypatch.setattr(plan_module.Division, "aliases", counted)
    for command in (("status", "--by", "county"), ("rank",)):
        result = run(*command[:1], path, *command[1:], "--targets", plan, "-f", "json")
        assert result.exit_code == 0, result.stderr
    assert calls <= 2 * 5 * 300  # (a few per area for each command; it was 300 × 300 lookups and more)


def test_decimals_in_messages_are_figures_not_fractions(run, write, tmp_path):
    """A baseline of 20.5 in the plan said as 20.5, never 41/2; a county's level of 20.5 too (issue 25, item 13)."""
    from conftest import TARGETS

    plan = tmp_path / "plan.yaml"
    plan.write_text(TARGETS.read_text(encoding="utf-8").replace("value: 29}", "value: 20.5}", 1), encoding="utf-8")
    path = write("indicator,year,value,county\nhigh-tech-enterprises,2017,29,\nachievements,2019,2.5,右江区\n"
                 "achievements,2019,2,田阳区\nachievements,2019,4.5,全市\n")
    for lang in ("en", "zh"):
        result = run("--lang", lang, "status", path, "--targets", plan, "-f", "json")
        assert result.exit_code == 0, result.stderr
        assert "20.5" in result.stderr and "4.5" in result.stderr and "/" not in result.stderr.replace(str(path), "")
    notices = result.json()["notices"]
    assert not any("/" in str(n["params"]) for n in notices)
