"""The commonest words of each edition's language, which a query does not need to match.

A word such as "der" or "the" is in nearly every story: as one of a query's alternatives
it matches everything, ranks nothing and makes the engine score every story. Queries
leave these words out when they have other words (a query of only such words keeps them,
and phrases in quotes keep every word). Lists written for this project, as folded words.
"""


def listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS = {
    "de": listed(
        "der die das des dem den ein eine einer eines einem einen und oder aber auch als "
        "am an auf aus bei bis durch fur im in ist mit nach nicht sich so uber um und "
        "vom von vor war wie wird zu zum zur sie er es wir ihr sein seine ihre dass "
        "hat haben wurde werden noch nur"
    ),
    "en": listed(
        "a an the and or but of in on at to for from by with as is are was were be been "
        "it its this that these those he she they we his her their has have had not "
        "will would into over after about"
    ),
    "ru": listed(
        "и в во на с со к ко по о об от до из у за для не но а что как это он она оно "
        "они его ее их же ли бы был была были было быть при над под через также"
    ),
    "az": listed(
        "və ilə üçün bu o da də ki bir ya amma lakin isə olan olub edib edir ən çox "
        "daha kimi görə sonra artıq həm hər onun onlar"
    ),
}
