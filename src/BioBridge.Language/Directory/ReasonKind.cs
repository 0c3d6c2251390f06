namespace BioBridge.Language;

public enum ReasonKind { TheyOffer, TheyNeed, SharedConcepts, SimilarText, SharedMarkets, OtherCluster, TheyOfferInWords, TheyNeedInWords }
