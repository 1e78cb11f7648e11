package vn.vanthu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.e2e.RealServers;

/** The thousand units of the distribution benchmark, inserted straight into the database (setup is not measured). */
final class BenchUnits {

    private BenchUnits() {}

    static long rootId(String database) throws Exception {
        try (Connection db = DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword());
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT id FROM organization WHERE kind = 'ROOT'")) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Long> insert(String database, long parentId, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword());
                PreparedStatement unit = db.prepareStatement(
                        "INSERT INTO organization (parent_id, name, code, kind, created_at) VALUES (?, ?, ?, 'SCHOOL', ?)",
                        new String[] {"id"});
                PreparedStatement email = db.prepareStatement(
                        "INSERT INTO organization_email (organization_id, email, sort_order) VALUES (?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                unit.setLong(1, parentId);
                unit.setString(2, String.format("Trường Tiểu học số %04d", i));
                unit.setString(3, String.format("BENCH%04d", i));
                unit.setObject(4, OffsetDateTime.now());
                unit.executeUpdate();
                try (ResultSet key = unit.getGeneratedKeys()) {
                    key.next();
                    ids.add(key.getLong(1));
                }
                email.setLong(1, ids.get(ids.size() - 1));
                email.setString(2, String.format("unit%04d@bench.e2e.test", i));
                email.executeUpdate();
            }
        }
        return ids;
    }
}
