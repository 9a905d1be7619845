using Vigil.Domain.Inventory;

namespace Vigil.Domain.Demo;

/// <summary>
/// Installed-program lists as a Vietnamese office PC has them (30–80 entries): runtimes and drivers, Office, a
/// Vietnamese keyboard (UniKey, EVKey, Vietkey), Chrome and Cốc Cốc, Foxit and Adobe readers, Zalo, UltraViewer or
/// TeamViewer, digital-signature token drivers (VNPT-CA, Viettel-CA, BkavCA), WinRAR, tax and accounting tools.
/// </summary>
internal static class DemoSoftware
{
    private static SoftwareItem S(string name, string? version, string? publisher) => new(name, version, publisher);

    private const string Ms = "Microsoft Corporation";

    private static readonly SoftwareItem[] OldRuntimes =
    [
        S("Microsoft Visual C++ 2005 Redistributable", "8.0.61001", Ms),
        S("Microsoft Visual C++ 2008 Redistributable - x86 9.0.30729.6161", "9.0.30729.6161", Ms),
        S("Microsoft Visual C++ 2010  x86 Redistributable - 10.0.40219", "10.0.40219", Ms),
        S("Microsoft Visual C++ 2012 Redistributable (x86) - 11.0.61030", "11.0.61030.0", Ms),
        S("Microsoft Visual C++ 2013 Redistributable (x86) - 12.0.40664", "12.0.40664.0", Ms),
        S("Adobe Flash Player 32 NPAPI", "32.0.0.465", "Adobe"),
        S("Java 8 Update 202", "8.0.2020.8", "Oracle Corporation"),
        S("Realtek High Definition Audio Driver", "6.0.1.7541", "Realtek Semiconductor Corp."),
        S("Realtek Ethernet Controller Driver", "7.92.115.2015", "Realtek"),
        S("Microsoft Silverlight", "5.1.50918.0", Ms),
        S("Intel(R) Graphics Media Accelerator Driver", "8.15.10.2993", "Intel Corporation"),
        S("Microsoft Office File Validation Add-In", "14.0.5130.5003", Ms),
        S("Adobe AIR", "32.0.0.116", "HARMAN International Industries, Inc."),
        S("Microsoft Visual Studio 2010 Tools for Office Runtime (x86)", "10.0.50903", Ms),
    ];

    private static readonly SoftwareItem[] NewRuntimes =
    [
        S("Microsoft Visual C++ 2010  x64 Redistributable - 10.0.40219", "10.0.40219", Ms),
        S("Microsoft Visual C++ 2010  x86 Redistributable - 10.0.40219", "10.0.40219", Ms),
        S("Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664", "12.0.40664.0", Ms),
        S("Microsoft Visual C++ 2013 Redistributable (x86) - 12.0.40664", "12.0.40664.0", Ms),
        S("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.40.33810", "14.40.33810.0", Ms),
        S("Microsoft Visual C++ 2015-2022 Redistributable (x86) - 14.40.33810", "14.40.33810.0", Ms),
        S("Microsoft Windows Desktop Runtime - 8.0.10 (x64)", "8.0.10.34118", Ms),
        S("Microsoft Windows Desktop Runtime - 6.0.35 (x64)", "6.0.35.34111", Ms),
        S("Microsoft Visual C++ 2012 Redistributable (x64) - 11.0.61030", "11.0.61030.0", Ms),
        S("Microsoft Visual C++ 2012 Redistributable (x86) - 11.0.61030", "11.0.61030.0", Ms),
        S("Windows PC Health Check", "3.6.2204.08001", Ms),
        S("Microsoft Edge", "130.0.2849.68", Ms),
        S("Microsoft Edge WebView2 Runtime", "130.0.2849.68", Ms),
        S("Microsoft Update Health Tools", "5.72.0.0", Ms),
        S("Microsoft OneDrive", "24.201.1006.0005", Ms),
        S("Realtek High Definition Audio Driver", "6.0.9235.1", "Realtek Semiconductor Corp."),
        S("Intel(R) Management Engine Components", "2239.3.7.0", "Intel Corporation"),
        S("Intel(R) Graphics Driver", "31.0.101.2125", "Intel Corporation"),
    ];

    private static readonly SoftwareItem[] Extras =
    [
        S("Internet Download Manager", "6.42.25", "Tonec Inc."),
        S("Notepad++ (64-bit x64)", "8.7", "Notepad++ Team"),
        S("VLC media player", "3.0.21", "VideoLAN"),
        S("K-Lite Codec Pack 18.2.5 Basic", "18.2.5", "KLCP"),
        S("CCleaner", "6.28", "Piriform"),
        S("7-Zip 24.08 (x64)", "24.08", "Igor Pavlov"),
        S("Telegram Desktop", "5.6.3", "Telegram FZ-LLC"),
        S("Zoom Workplace", "6.2.5 (47565)", "Zoom Video Communications, Inc."),
        S("AnyDesk", "ad 8.1.0", "AnyDesk Software GmbH"),
        S("Canon LBP2900", null, "Canon Inc."),
        S("HP LaserJet Pro MFP M127-M128", "14.0", "HP"),
        S("Brother HL-L2321D series", "1.0.0.0", "Brother Industries, Ltd."),
        S("Microsoft Access database engine 2010 (English)", "14.0.7015.1000", Ms),
        S("FastStone Capture 9.3", "9.3", "FastStone Soft"),
        S("Mozilla Firefox (x64 vi)", "131.0.3", "Mozilla"),
    ];

    private static readonly SoftwareItem[] OfficeTools =
    [
        S("HTKK", "5.2.4", "Tổng cục Thuế"),
        S("iTaxViewer", "2.3.2", "Tổng cục Thuế"),
        S("MISA Mimosa.NET 2022", "28.6.0.41", "MISA JSC"),
        S("Phần mềm Kế toán HCSN MISA", "2023.1", "MISA JSC"),
    ];

    private static readonly SoftwareItem[] Tokens =
    [
        S("VNPT-CA Plugin", "1.0.6.2", "VNPT"),
        S("VNPT-CA Token Manager", "4.2.1.0", "VNPT"),
        S("Viettel-CA Token Manager", "2.0.6", "Viettel"),
        S("BkavCA Token Manager", "1.1.0.5", "Bkav Corporation"),
        S("SafeNet Authentication Client 10.8", "10.8.28", "SafeNet, Inc."),
        S("EnterSafe ePass2003", "1.1.21.1228", "Feitian Technologies"),
    ];

    private static readonly SoftwareItem[] Ubuntu =
    [
        S("firefox", "131.0.3+build1-0ubuntu0.22.04.1", "Ubuntu"), S("libreoffice-writer", "1:7.3.7-0ubuntu0.22.04.6", "Ubuntu"),
        S("libreoffice-calc", "1:7.3.7-0ubuntu0.22.04.6", "Ubuntu"), S("libreoffice-impress", "1:7.3.7-0ubuntu0.22.04.6", "Ubuntu"),
        S("ibus-unikey", "0.6.1-1.1", "Ubuntu"), S("google-chrome-stable", "130.0.6723.69-1", "Google LLC"),
        S("openssh-server", "1:8.9p1-3ubuntu0.10", "Ubuntu"), S("openssh-client", "1:8.9p1-3ubuntu0.10", "Ubuntu"),
        S("cups", "2.4.1op1-1ubuntu4.11", "Ubuntu"), S("vlc", "3.0.16-1build7", "Ubuntu"), S("remmina", "1.4.25+dfsg-1", "Ubuntu"),
        S("python3", "3.10.6-1~22.04.1", "Ubuntu"), S("curl", "7.81.0-1ubuntu1.18", "Ubuntu"), S("wget", "1.21.2-2ubuntu1.1", "Ubuntu"),
        S("gnome-shell", "42.9-0ubuntu2.2", "Ubuntu"), S("nautilus", "1:42.6-0ubuntu1", "Ubuntu"), S("evince", "42.3-0ubuntu3.1", "Ubuntu"),
        S("thunderbird", "1:115.16.0+build1-0ubuntu0.22.04.1", "Ubuntu"), S("unzip", "6.0-26ubuntu3.2", "Ubuntu"),
        S("p7zip-full", "16.02+dfsg-8", "Ubuntu"), S("openjdk-11-jre", "11.0.24+8-1ubuntu3~22.04", "Ubuntu"),
        S("fonts-noto-core", "20201225-1build1", "Ubuntu"), S("network-manager", "1.36.6-0ubuntu2", "Ubuntu"),
        S("sudo", "1.9.9-1ubuntu2.4", "Ubuntu"), S("systemd", "249.11-0ubuntu3.12", "Ubuntu"), S("apt", "2.4.13", "Ubuntu"),
        S("bash", "5.1-6ubuntu1.1", "Ubuntu"), S("openssl", "3.0.2-0ubuntu1.18", "Ubuntu"), S("samba-libs", "2:4.15.13+dfsg-0ubuntu1.6", "Ubuntu"),
        S("anydesk", "6.3.2", "philandro Software GmbH"),
    ];

    /// <summary>The list for one machine; <paramref name="office"/> adds tax and accounting tools and a signing token.</summary>
    public static List<SoftwareItem> For(DemoEra era, Random random, bool office, bool personal, string? antiMalware)
    {
        if (era == DemoEra.Ubuntu)
        {
            return [.. Ubuntu.Where(_ => random.Next(10) > 0)];
        }

        var list = new List<SoftwareItem>();
        var legacy = era.IsLegacy();
        list.AddRange(legacy ? OldRuntimes : NewRuntimes);
        if (era == DemoEra.WindowsXp)
        {
            list.Add(S("Microsoft .NET Framework 4 Client Profile", "4.0.30319", Ms));
            list.Add(S("Microsoft .NET Framework 2.0 Service Pack 2", "2.2.30729", Ms));
            list.Add(S("Windows Media Format 11 runtime", null, Ms));
            list.Add(S("Yahoo! Messenger", "11.5.0.228", "Yahoo! Inc."));
            list.Add(S("Microsoft Office Compatibility Pack for Word, Excel, and PowerPoint File Formats", "12.0.6612.1000", Ms));
        }
        else if (legacy)
        {
            list.Add(S("Microsoft .NET Framework 4.8", "4.8.03761", Ms));
            list.Add(S("Microsoft Visual C++ 2015-2019 Redistributable (x86) - 14.29.30133", "14.29.30133.0", Ms));
            list.Add(S("Microsoft Visual C++ 2012 Redistributable (x64) - 11.0.61030", "11.0.61030.0", Ms));
            list.Add(S("Skype™ 7.41", "7.41.101", "Skype Technologies S.A."));
        }

        list.Add(Office(era, random));
        list.Add(DemoHardware.Pick(random,
            S("UniKey 4.3 RC5", "4.3", "Pham Kim Long"), S("UniKey 4.2 RC4", "4.2", "Pham Kim Long"), S("EVKey", "4.3.8", "Lâm Quang Minh"),
            era == DemoEra.WindowsXp ? S("Vietkey 2000", "2000", "Vietkey Group") : S("UniKey 4.3 RC5", "4.3", "Pham Kim Long")));
        list.Add(era switch
        {
            DemoEra.WindowsXp => S("Google Chrome", "49.0.2623.112", "Google Inc."),
            DemoEra.Windows7 or DemoEra.Windows81 => S("Google Chrome", "109.0.5414.120", "Google LLC"),
            _ => S("Google Chrome", "130.0.6723.70", "Google LLC"),
        });
        if (era != DemoEra.WindowsXp && random.Next(3) > 0)
        {
            list.Add(S("Cốc Cốc", legacy ? "109.0.5414.128" : "129.0.6668.110", "Công ty TNHH Cốc Cốc"));
        }

        list.Add(legacy
            ? DemoHardware.Pick(random, S("Foxit Reader", era == DemoEra.WindowsXp ? "6.2.3.0815" : "9.7.1.29511", "Foxit Software Inc."), S("Adobe Reader XI (11.0.23)", "11.0.23", "Adobe Systems Incorporated"))
            : DemoHardware.Pick(random, S("Foxit PDF Reader", "2024.3.0.26795", "Foxit Software Inc."), S("Adobe Acrobat (64-bit)", "24.003.20180", "Adobe")));
        list.Add(legacy ? S("WinRAR 5.50 (32-bit)", "5.50.0", "win.rar GmbH") : S("WinRAR 7.01 (64-bit)", "7.01.0", "win.rar GmbH"));
        if (era != DemoEra.WindowsXp)
        {
            list.Add(S("Zalo", legacy ? "22.9.2" : "24.10.1", "VNG Corp."));
        }

        list.Add(random.Next(3) == 0
            ? S(legacy ? "TeamViewer 12" : "TeamViewer", legacy ? "12.0.259313" : "15.59.5", "TeamViewer")
            : S("UltraViewer version 6.6.73", "6.6.73", "DucFabulous"));
        if (antiMalware is not null)
        {
            list.Add(S(antiMalware, antiMalware.StartsWith("Bkav", StringComparison.Ordinal) ? "6.0.2.10" : "12.6.0.438",
                antiMalware.StartsWith("Bkav", StringComparison.Ordinal) ? "Bkav Corporation" : "AO Kaspersky Lab"));
        }

        if (office)
        {
            list.AddRange(OfficeTools.Where(_ => random.Next(2) == 0));
            list.AddRange(Tokens.Where(_ => random.Next(3) == 0));
        }

        list.AddRange(Extras.Where(_ => random.Next(100) < (legacy ? 25 : 45)));
        if (personal)
        {
            list.Add(S("Garena", "2.0.2407.2314", "Garena Online"));
            list.Add(S("Steam", "2.10.91.91", "Valve Corporation"));
        }

        return list;
    }

    private static SoftwareItem Office(DemoEra era, Random random) => era switch
    {
        DemoEra.WindowsXp => DemoHardware.Pick(random, S("Microsoft Office Professional Edition 2003", "11.0.8173.0", Ms), S("Microsoft Office Enterprise 2007", "12.0.6612.1000", Ms)),
        DemoEra.Windows7 => DemoHardware.Pick(random, S("Microsoft Office Enterprise 2007", "12.0.6612.1000", Ms), S("Microsoft Office Professional Plus 2010", "14.0.7015.1000", Ms), S("Microsoft Office Standard 2013", "15.0.4569.1506", Ms)),
        DemoEra.Windows81 => S("Microsoft Office Standard 2013", "15.0.4569.1506", Ms),
        DemoEra.Windows10 => DemoHardware.Pick(random, S("Microsoft Office Professional Plus 2016", "16.0.4266.1001", Ms), S("Microsoft Office Professional Plus 2019 - vi-vn", "16.0.10416.20058", Ms)),
        _ => DemoHardware.Pick(random, S("Microsoft Office LTSC Professional Plus 2021 - vi-vn", "16.0.14332.20791", Ms), S("Microsoft 365 Apps for enterprise - vi-vn", "16.0.18025.20160", Ms)),
    };

    /// <summary>What changes after an in-place upgrade from Windows 7 to 10: newer Office, browser and readers.</summary>
    public static List<SoftwareItem> Upgraded(List<SoftwareItem> before, Random random) =>
        [.. For(DemoEra.Windows10, random, office: before.Exists(s => s.Name == "HTKK"), personal: false, before.Find(s => s.Name.StartsWith("Bkav", StringComparison.Ordinal))?.Name)];
}
