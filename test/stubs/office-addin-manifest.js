// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls in an
// ESM-only dependency that jest on Node 20 cannot load (see the developers' brief).
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
