namespace Vigil.Domain.Indicators.Import;

/// <summary>What a table column holds, recognised from its header (English or Vietnamese, any case or accents).</summary>
internal enum ColumnRole
{
    Ignored,
    Value,
    Type,
    Description,
    FirstSeen,
    LastSeen,
    Expiry,
    Family,
    Tags,
    Confidence,
    Tlp,
    Action,
    Source,
}

/// <summary>A recognised column: its role and, for value columns, the type the header implies (null: detect).</summary>
internal sealed record TableColumn(int Index, string Header, ColumnRole Role, IndicatorType? ValueType);

internal static class TableColumns
{
    /// <summary>Maps a header cell; value columns named after a type ("dst_ip", "md5", "Tên miền") carry that type.</summary>
    public static TableColumn Recognise(int index, string header)
    {
        var key = ImportFields.Key(header);
        var role = key switch
        {
            "value" or "indicator" or "ioc" or "ioc_value" or "indicator_value" or "observable" or "gia_tri" or "dau_hieu" or "dau_hieu_nhan_dang" or "hash" or "file_hash" or "ma_bam" or "hash_value" => ColumnRole.Value,
            "type" or "indicator_type" or "ioc_type" or "kind" or "loai" or "loai_ioc" or "loai_dau_hieu" => ColumnRole.Type,
            "description" or "comment" or "comments" or "note" or "notes" or "mo_ta" or "ghi_chu" => ColumnRole.Description,
            "first_seen" or "first_seen_utc" or "firstseen" or "date_added" or "added" or "created" or "date" or "ngay_phat_hien" or "valid_from" => ColumnRole.FirstSeen,
            "last_seen" or "last_seen_utc" or "lastseen" or "last_online" => ColumnRole.LastSeen,
            "expiry" or "expires" or "expiration" or "valid_until" or "het_han" => ColumnRole.Expiry,
            "malware" or "malware_family" or "family" or "threat" or "campaign" or "ma_doc" or "ten_ma_doc" or "chien_dich" => ColumnRole.Family,
            "tags" or "tag" or "labels" => ColumnRole.Tags,
            "confidence" or "do_tin_cay" => ColumnRole.Confidence,
            "tlp" => ColumnRole.Tlp,
            "action" or "hanh_dong" => ColumnRole.Action,
            "source" or "nguon" => ColumnRole.Source,
            _ => ColumnRole.Ignored,
        };

        if (role != ColumnRole.Ignored)
        {
            return new TableColumn(index, header, role, null);
        }

        var typed = key switch
        {
            "dst_ip" or "src_ip" or "c2_ip" or "address" or "ip_addr" => IndicatorType.Ipv4,
            "hostname_or_domain" or "c2_domain" or "c2" => null,
            _ => ImportFields.TypeName(key),
        };
        return typed is null ? new TableColumn(index, header, ColumnRole.Ignored, null) : new TableColumn(index, header, ColumnRole.Value, typed);
    }
}
