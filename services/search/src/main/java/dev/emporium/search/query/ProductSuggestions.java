package dev.emporium.search.query;

import dev.emporium.search.index.ProductFields;
import dev.emporium.search.index.ProductIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.springframework.stereotype.Component;

/**
 * Completes the last word typed from the words of product names (as written, not stemmed), most common first:
 * {@code sh} → shirt, shoes, short... Earlier words are kept as typed: {@code blue sh} → "blue shirt".
 */
@Component
public class ProductSuggestions {

    public static final int MAX_SUGGESTIONS = 10;
    /** Candidates re-counted exactly (term statistics still include deleted documents until segments merge). */
    private static final int CANDIDATES = 3 * MAX_SUGGESTIONS;
    /** A one-letter prefix of a huge vocabulary stops here; the most common words are long found by then. */
    private static final int MAX_TERMS_SCANNED = 50_000;

    private final ProductIndex index;

    public ProductSuggestions(ProductIndex index) {
        this.index = index;
    }

    public List<String> suggest(String typed) throws IOException {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String text = typed.stripLeading();
        int lastSpace = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
        String head = lastSpace < 0 ? "" : text.substring(0, lastSpace).strip();
        String lastWord = text.substring(lastSpace + 1);
        if (lastWord.isEmpty()) {
            return List.of();
        }
        BytesRef prefix = ProductFields.WORDS.normalize(ProductFields.NAME_WORDS, lastWord);
        if (prefix.length == 0) {
            return List.of();
        }
        List<String> words = index.withSearcher(searcher -> {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ProductFields.NAME_WORDS);
            if (terms == null) {
                return List.<String>of();
            }
            PriorityQueue<Candidate> best = new PriorityQueue<>(Comparator.comparingInt(Candidate::count));
            TermsEnum names = terms.iterator();
            if (names.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return List.<String>of();
            }
            int scanned = 0;
            for (BytesRef term = names.term(); term != null && StringHelper.startsWith(term, prefix)
                    && scanned < MAX_TERMS_SCANNED; term = names.next(), scanned++) {
                best.add(new Candidate(term.utf8ToString(), names.docFreq()));
                if (best.size() > CANDIDATES) {
                    best.poll();
                }
            }
            List<Candidate> exact = new ArrayList<>();
            for (Candidate candidate : best) {
                int live = searcher.count(new TermQuery(new Term(ProductFields.NAME_WORDS, candidate.word())));
                if (live > 0) {
                    exact.add(new Candidate(candidate.word(), live));
                }
            }
            exact.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::word));
            return exact.stream().limit(MAX_SUGGESTIONS).map(Candidate::word).toList();
        });
        return head.isEmpty() ? words : words.stream().map(word -> head + " " + word).toList();
    }

    private record Candidate(String word, int count) {
    }
}
