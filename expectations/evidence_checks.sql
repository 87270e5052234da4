-- evidence_checks: every fact with a provenance (metrics, tasks, events, people) and whether its
-- offsets lie inside its document's clean text and its evidence equals that slice. The validate step
-- registers it as a temporary view; rows_evidence.json and extracted_offsets.json read it.
--
-- DuckDB's length() and substring() count characters from a string's start (UTF-8 has no index), so
-- comparing each fact with its whole document costs the document's length per fact: a document of
-- 8.4M characters took ~20 ms a fact. Instead each document is cut once into pieces of 256
-- characters (one pass of regexp_extract_all; RE2 slows down sharply for counts near 1,000) and each
-- fact is compared with the pieces its offsets cover. A fact whose offsets are not inside its text
-- (rare, and a failure anyway) is compared with the whole text as before, so every result is the
-- one the plain comparison gives.
with facts as not materialized (
    select 'metric' as fact_type, document_id, seq, evidence, evidence_start, evidence_end from extracted.metrics
    union all select 'task', document_id, seq, evidence, evidence_start, evidence_end from extracted.tasks
    union all select 'event', document_id, seq, evidence, evidence_start, evidence_end from extracted.events
    union all select 'person', document_id, seq, evidence, evidence_start, evidence_end from extracted.people
), checked as not materialized (
    select f.*, f.evidence_start >= 0 and f.evidence_end <= d.text_length
                and f.evidence_start <= f.evidence_end as offsets_inside
    from facts f join (select document_id, length(clean_text) as text_length from extracted.documents) d
        using (document_id)
), covered as not materialized (  -- the numbers of the pieces each fact's offsets cover
    select fact_type, document_id, seq,
           unnest(range(evidence_start // 256, greatest(evidence_start, evidence_end - 1) // 256 + 1)) as piece_no
    from checked where offsets_inside
), pieces as not materialized (
    select document_id, unnest(piece_list) as piece, unnest(range(len(piece_list))) as piece_no
    from (select document_id, regexp_extract_all(clean_text, '(?s).{1,256}') as piece_list from extracted.documents)
), spans as not materialized (
    select fact_type, document_id, seq, string_agg(piece, '' order by piece_no) as span_text,
           min(piece_no) as first_piece
    from covered join pieces using (document_id, piece_no)
    group by fact_type, document_id, seq
)
select c.fact_type, c.document_id, c.seq, c.evidence, c.offsets_inside,
       c.evidence is not distinct from substring(coalesce(s.span_text, ''),
           c.evidence_start - coalesce(s.first_piece, c.evidence_start // 256) * 256 + 1,
           c.evidence_end - c.evidence_start) as evidence_matches
from checked c left join spans s using (fact_type, document_id, seq)
where c.offsets_inside
union all
select c.fact_type, c.document_id, c.seq, c.evidence, c.offsets_inside,
       c.evidence is not distinct from substring(d.clean_text, c.evidence_start + 1,
           c.evidence_end - c.evidence_start) as evidence_matches
from checked c join extracted.documents d using (document_id)
where c.offsets_inside is not true
