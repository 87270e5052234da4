"""Layer 1, text: bytes to clean text and its pieces, knowing nothing of facts: `decode` (encodings),
`clean` (noise removal with an offset map), `structure` (articles, paragraphs, sentences, headings),
`segment` (jieba), `timex` (time expressions), `numbers` (quantities). Imports only `qingshan.paths` and
`qingshan.dictionaries`, never `extract` or `store`."""
