package vn.vanthu.registry.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the folded search copies of documents written before they existed (V12), a batch at a time, once the
 * gateway is up. Safe on several nodes: each row is only ever set to the same value.
 */
@Component
class SearchKeys {

    private static final Logger log = LoggerFactory.getLogger(SearchKeys.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final DocumentRows rows;

    SearchKeys(JdbcClient jdbc, DocumentRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        int filled = 0;
        List<Long> ids;
        do {
            ids = jdbc.sql("SELECT id FROM document WHERE search_key IS NULL ORDER BY id LIMIT " + BATCH)
                    .query(Long.class)
                    .list();
            ids.forEach(rows::refreshSearchKey);
            filled += ids.size();
        } while (ids.size() == BATCH);
        List<Long> texts = jdbc.sql("SELECT document_id FROM document_text WHERE folded IS NULL")
                .query(Long.class)
                .list();
        for (long id : texts) {
            String body = jdbc.sql("SELECT body FROM document_text WHERE document_id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            jdbc.sql("UPDATE document_text SET folded = ? WHERE document_id = ?")
                    .params(Text.fold(body), id)
                    .update();
        }
        if (filled + texts.size() > 0) {
            log.info("Đã lập khóa tìm kiếm không dấu cho {} văn bản và {} nội dung.", filled, texts.size());
        }
    }
}
