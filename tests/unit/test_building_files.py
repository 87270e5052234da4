"""What a stopped build leaves on disk: nothing, even while a thread of the run still writes."""
import pathlib
import threading

from qingshan.store.warehouse import building_path, new_scratch_dir, remove_building, scratch_dir


def test_a_stop_removes_the_scratch_folder_while_a_thread_still_writes_into_it(tmp_path):
    warehouse = tmp_path / "q.duckdb"
    work = building_path(warehouse)
    work.write_bytes(b"build")
    scratch = new_scratch_dir(work)
    started = threading.Event()

    def write():  # the main thread writing batch files, as extraction does when Ctrl-C comes
        for i in range(10**6):
            try:
                (scratch / f"batch_{i:05d}_in.parquet").write_bytes(b"x" * 64)
            except OSError:  # the folder is gone: the next file cannot be made
                return
            started.set()

    for _ in range(20):  # the race is the removal's rmdir against a new file: try it often
        scratch = new_scratch_dir(work)
        started.clear()
        writer = threading.Thread(target=write)
        writer.start()
        started.wait()
        remove_building(warehouse)
        writer.join()
        assert sorted(p.name for p in tmp_path.iterdir()) == []
        work.write_bytes(b"build")
    assert scratch == scratch_dir(work)


def test_a_folder_a_killed_stop_left_half_removed_goes_with_the_next_removal(tmp_path):
    warehouse = tmp_path / "q.duckdb"
    left = scratch_dir(building_path(warehouse)).with_name("q.building.extract.removing-123")
    left.mkdir()
    (left / "batch_00000_in.parquet").write_bytes(b"x")
    remove_building(warehouse)
    assert list(tmp_path.iterdir()) == []



def test_a_stop_waits_for_a_build_file_being_made_then_removes_it(tmp_path, monkeypatch):
    # the main thread past connect()'s check, inside duckdb.connect, as the stop refuses connections and removes the
    # build: the file is made first, then removed (not made again after the removal, left behind)
    from qingshan.store import warehouse as wh

    warehouse = tmp_path / "q.duckdb"
    inside = threading.Event()

    def slow_connect(path, **kw):
        inside.set()
        threading.Event().wait(0.3)
        pathlib.Path(path).write_bytes(b"build")
        return None

    monkeypatch.setattr(wh.duckdb, "connect", slow_connect)
    maker = threading.Thread(target=wh.connect, args=(building_path(warehouse),), daemon=True)
    maker.start()
    inside.wait()
    try:
        wh.refuse_connections()
        remove_building(warehouse)
        maker.join(timeout=5)
        assert sorted(p.name for p in tmp_path.iterdir()) == []
    finally:
        wh._STOPPING.clear()
