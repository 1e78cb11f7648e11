-- Search without diacritics ("hoi khoe phu dong" finds "Hội khỏe Phù Đổng"): folded copies of the register
-- fields and of the text, written by the application (SearchKeys fills rows written before this version).
ALTER TABLE document ADD COLUMN search_key TEXT;
ALTER TABLE document_text ADD COLUMN folded TEXT;
